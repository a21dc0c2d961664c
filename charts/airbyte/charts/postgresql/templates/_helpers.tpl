{{/* Short name of the database objects; Airbyte's docs call the internal database "db". */}}
{{- define "postgresql.componentName" -}}
db
{{- end -}}

{{- define "postgresql.secretName" -}}
{{- printf "%s-airbyte-db-secrets" .Release.Name -}}
{{- end -}}

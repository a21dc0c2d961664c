{{- define "webapp.component" -}}
webapp
{{- end -}}

{{- define "webapp.configMapName" -}}
{{- printf "%s-airbyte-webapp-nginx" .Release.Name -}}
{{- end -}}

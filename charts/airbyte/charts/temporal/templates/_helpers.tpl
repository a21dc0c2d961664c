{{- define "temporal.component" -}}
temporal
{{- end -}}

{{- define "temporal.configMapName" -}}
{{- printf "%s-airbyte-temporal-dynamicconfig" .Release.Name -}}
{{- end -}}

{{- define "error-cases.inner" -}}
{{ .Values.list.field }}
{{- end -}}
{{- define "error-cases.needs-name" -}}
{{ required "name must be set for the inner template" .Values.name }}
{{- end -}}

{{- define "error-cases.inner" -}}
{{ .Values.list.field }}
{{- end -}}
{{- define "error-cases.needs-name" -}}
{{ required "name must be set for the inner template" .Values.name }}
{{- end -}}
{{- define "error-cases.loop" -}}
{{ include "error-cases.loop" . }}
{{- end -}}

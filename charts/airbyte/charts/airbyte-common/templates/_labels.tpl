{{/* Selector labels of a component. Call with a dict of "root" and "component". */}}
{{- define "airbyte-common.selectorLabels" -}}
app.kubernetes.io/name: {{ .component }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
{{- end -}}

{{/* Standard labels of a component. Call with a dict of "root" and "component". */}}
{{- define "airbyte-common.labels" -}}
helm.sh/chart: {{ include "airbyte-common.chart" .root }}
{{ include "airbyte-common.selectorLabels" . }}
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
app.kubernetes.io/part-of: airbyte
{{- with .root.Values.global.extraLabels }}
{{ toYaml . }}
{{- end }}
{{- end -}}

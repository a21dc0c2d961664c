{{- define "effects.report" -}}
mode: {{ .Values.config.mode }}
nested: {{ .Values.nested | toJson | quote }}
extra: {{ .extra | default "unset" }}
{{- end -}}

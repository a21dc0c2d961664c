{{- define "reuse.x" -}}x={{ .Values.x }}{{- end }}
{{- define "reuse.counter" -}}{{ $_ := set .Values "n" (add1 .Values.n) }}n={{ .Values.n }}{{- end }}
{{- define "reuse.random" -}}{{ randAlphaNum 16 }}{{- end }}
{{- define "reuse.name" -}}{{ .Template.Name }}{{- end }}
{{- define "reuse.letters" -}}{{ join "," .Values.letters }}{{- end }}
{{- define "reuse.extra" -}}{{ toJson .Values.extra }}{{- end }}
{{- define "reuse.inner" -}}root-inner{{- end }}
{{- define "reuse.outer" -}}outer({{ include "reuse.inner" . }}){{- end }}
{{- define "reuse.files" -}}{{ .Files.Get "data.txt" | trim }}{{- end }}
{{- define "reuse.words" -}}{{ join "," .Values.words }}{{- end }}

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
{{- define "reuse.ctx" -}}v={{ .v }}{{- end }}
{{- define "reuse.bump" -}}{{ $_ := set . "n" (add1 (default 0 .n)) }}n={{ .n }}{{- end }}
{{- define "reuse.nested" -}}{{ $_ := set .c "n" (add1 (default 0 .c.n)) }}c.n={{ .c.n }}{{- end }}
{{- define "reuse.local" -}}{{ $m := dict "a" 1 }}{{ $_ := set $m "a" 2 }}a={{ $m.a }}{{- end }}
{{- define "reuse.json" -}}{{ toJson . }}{{- end }}

{{/*
Image reference REGISTRY/REPOSITORY:TAG. The tag defaults to the chart's
appVersion and the registry to global.image.registry.
Call with a dict: "root" is the chart context, "image" the component's image values.
*/}}
{{- define "airbyte-common.image" -}}
{{- $registry := .root.Values.global.image.registry | default "" | trimSuffix "/" -}}
{{- $tag := .image.tag | default .root.Chart.AppVersion | toString -}}
{{- if $registry -}}
{{- printf "%s/%s:%s" $registry .image.repository $tag -}}
{{- else -}}
{{- printf "%s:%s" .image.repository $tag -}}
{{- end -}}
{{- end -}}

{{/* Pull policy of an image, falling back to global.image.pullPolicy. */}}
{{- define "airbyte-common.pullPolicy" -}}
{{- .image.pullPolicy | default .root.Values.global.image.pullPolicy | default "IfNotPresent" -}}
{{- end -}}

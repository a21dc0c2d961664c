{{/*
Name of a component's objects: RELEASE-airbyte-COMPONENT, cut to the 63
characters that a Kubernetes name label allows.
Call it with a dict: "root" is the chart context, "component" the short name.
*/}}
{{- define "airbyte-common.fullname" -}}
{{- printf "%s-airbyte-%s" .root.Release.Name .component | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* Name of a component's Service, which the Ingress and the other components address. */}}
{{- define "airbyte-common.serviceName" -}}
{{- printf "%s-svc" (include "airbyte-common.fullname" .) -}}
{{- end -}}

{{/* Chart label value: NAME-VERSION, with "+" replaced because label values may not contain it. */}}
{{- define "airbyte-common.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" -}}
{{- end -}}

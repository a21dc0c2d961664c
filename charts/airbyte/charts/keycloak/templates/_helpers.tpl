{{- define "keycloak.component" -}}
keycloak
{{- end -}}

{{/* Keycloak runs only in the enterprise edition; the umbrella's helper decides from global.edition. */}}
{{- define "keycloak.enabled" -}}
{{- include "airbyte.isEnterprise" . -}}
{{- end -}}

{{- define "keycloak.headlessServiceName" -}}
{{- printf "%s-airbyte-keycloak-headless-svc" .Release.Name -}}
{{- end -}}

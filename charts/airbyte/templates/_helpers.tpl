{{/*
The name helpers below and airbyte.isEnterprise read only .Release and
global values, so the subcharts call them too, to find the objects that the
umbrella renders.
*/}}

{{- define "airbyte.envConfigMapName" -}}
{{- printf "%s-airbyte-env" .Release.Name -}}
{{- end -}}

{{- define "airbyte.secretsName" -}}
{{- printf "%s-airbyte-secrets" .Release.Name -}}
{{- end -}}

{{- define "airbyte.authSecretName" -}}
{{- printf "%s-airbyte-auth-secrets" .Release.Name -}}
{{- end -}}

{{/* "true" for the enterprise edition, "" otherwise, so that it reads as a condition. */}}
{{- define "airbyte.isEnterprise" -}}
{{- if eq (.Values.global.edition | default "community" | toString) "enterprise" -}}
true
{{- end -}}
{{- end -}}

{{/* Labels of an umbrella component. Call with a dict of "root" and "component". */}}
{{- define "airbyte.labels" -}}
{{ include "airbyte-common.labels" . }}
app.kubernetes.io/component: {{ .component }}
{{- end -}}

{{/*
Pod annotations of an umbrella component: its own podAnnotations over
global.podAnnotations, each value passed through tpl. Call with a dict of
"root" and "annotations" (the component's, possibly nil).
*/}}
{{- define "airbyte.podAnnotations" -}}
{{- /* Copy first, because merge writes into its first argument, which would change the values. */ -}}
{{- $own := .annotations | default dict | toJson | fromJson -}}
{{- $merged := merge $own (.root.Values.global.podAnnotations | default dict) -}}
{{- if $merged -}}
{{- tpl (toYaml $merged) .root -}}
{{- end -}}
{{- end -}}

{{/* Service account of the platform pods; they launch the connector pods. */}}
{{- define "airbyte.serviceAccountName" -}}
{{- .Values.serviceAccount.name | default "airbyte-sa" -}}
{{- end -}}

{{/*
URL of the web application: webapp-url from airbyte.yml, else the first
Ingress host, else the webapp Service.
*/}}
{{- define "airbyte.webappUrl" -}}
{{- $config := include "airbyte.enterpriseConfig" . | fromYaml -}}
{{- $ingressUrl := "" -}}
{{- if and .Values.ingress.enabled .Values.ingress.hosts -}}
{{- $ingressUrl = printf "https://%s" (first .Values.ingress.hosts) -}}
{{- end -}}
{{- coalesce $config.webappUrl $ingressUrl (printf "http://%s-airbyte-webapp-svc" .Release.Name) -}}
{{- end -}}

{{/*
Env entries of the platform containers that the umbrella renders, beside the
env ConfigMap: the database, storage and secrets manager credentials, the
license key and the extraEnv values, which go through tpl.
*/}}
{{- define "airbyte.containerEnv" -}}
- name: DATABASE_PASSWORD
  valueFrom:
    secretKeyRef:
      {{- include "airbyte.database.passwordSecretRef" . | nindent 6 }}
{{- include "airbyte-common.storage.secretEnv" . }}
{{- include "airbyte.secretsManager.secretEnv" . }}
{{- if include "airbyte.isEnterprise" . }}
- name: AIRBYTE_LICENSE_KEY
  valueFrom:
    secretKeyRef:
      name: {{ include "airbyte.authSecretName" . }}
      key: LICENSE_KEY
{{- end }}
{{- with .Values.extraEnv }}
{{ tpl (toYaml .) $ }}
{{- end }}
{{- end -}}

{{/* Secrets manager type after checking it; "" means Kubernetes secrets. */}}
{{- define "airbyte.secretsManager.type" -}}
{{- $type := .Values.secretsManager.type | default "" | toString -}}
{{- if not (or (empty $type) (eq $type "awsSecretManager") (eq $type "googleSecretManager")) -}}
{{- fail (printf "secretsManager.type %q is not supported: set it to \"awsSecretManager\", \"googleSecretManager\" or leave it empty for Kubernetes secrets" $type) -}}
{{- end -}}
{{- $type -}}
{{- end -}}

{{- define "airbyte.secretsManager.secretName" -}}
{{- $type := include "airbyte.secretsManager.type" . -}}
{{- .Values.secretsManager.storageSecretName | default (ternary "gcp-cred-secrets" "airbyte-config-secrets" (eq $type "googleSecretManager")) -}}
{{- end -}}

{{/* ConfigMap entries of the secrets manager. */}}
{{- define "airbyte.secretsManager.config" -}}
{{- $type := include "airbyte.secretsManager.type" . -}}
{{- if eq $type "awsSecretManager" -}}
{{- $aws := .Values.secretsManager.awsSecretManager -}}
{{- $auth := $aws.authenticationType | default "credentials" -}}
{{- if not (or (eq $auth "credentials") (eq $auth "instanceProfile")) -}}
{{- fail (printf "secretsManager.awsSecretManager.authenticationType %q is not supported: set it to \"credentials\" or \"instanceProfile\"" $auth) -}}
{{- end -}}
{{- $tags := list -}}
{{- range $aws.tags -}}
{{- $tags = append $tags (printf "%s=%s" (toString .key) (toString .value)) -}}
{{- end -}}
SECRET_PERSISTENCE: AWS_SECRET_MANAGER
AWS_SECRET_MANAGER_REGION: {{ required "secretsManager.awsSecretManager.region is required for awsSecretManager, for example us-east-1" $aws.region | quote }}
AWS_SECRET_MANAGER_AUTHENTICATION_TYPE: {{ $auth | quote }}
{{- with $tags }}
AWS_SECRET_MANAGER_SECRET_TAGS: {{ join "," . | quote }}
{{- end }}
{{- with $aws.kms }}
{{- if not (hasPrefix "arn:" .) }}
{{- fail (printf "secretsManager.awsSecretManager.kms %q is not an ARN: give the key's full ARN, arn:aws:kms:REGION:ACCOUNT:key/ID" .) }}
{{- end }}
AWS_KMS_KEY_ARN: {{ . | quote }}
{{- end }}
{{- else if eq $type "googleSecretManager" -}}
SECRET_PERSISTENCE: GOOGLE_SECRET_MANAGER
SECRET_STORE_GCP_PROJECT_ID: {{ required "secretsManager.googleSecretManager.projectId is required for googleSecretManager" .Values.secretsManager.googleSecretManager.projectId | quote }}
{{- else -}}
SECRET_PERSISTENCE: KUBERNETES
{{- end -}}
{{- end -}}

{{/* Container env entries with the secrets manager credentials. */}}
{{- define "airbyte.secretsManager.secretEnv" -}}
{{- $type := include "airbyte.secretsManager.type" . -}}
{{- $secretName := include "airbyte.secretsManager.secretName" . -}}
{{- if and (eq $type "awsSecretManager") (eq (.Values.secretsManager.awsSecretManager.authenticationType | default "credentials") "credentials") }}
- name: AWS_SECRET_MANAGER_ACCESS_KEY_ID
  valueFrom:
    secretKeyRef:
      name: {{ $secretName }}
      key: aws-secret-manager-access-key-id
- name: AWS_SECRET_MANAGER_SECRET_ACCESS_KEY
  valueFrom:
    secretKeyRef:
      name: {{ $secretName }}
      key: aws-secret-manager-secret-access-key
{{- else if eq $type "googleSecretManager" }}
- name: SECRET_STORE_GCP_CREDENTIALS
  valueFrom:
    secretKeyRef:
      name: {{ $secretName }}
      key: {{ .Values.secretsManager.googleSecretManager.credentialsSecretKey | default "gcp.json" }}
{{- end }}
{{- end -}}

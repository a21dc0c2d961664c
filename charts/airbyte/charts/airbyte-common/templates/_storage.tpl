{{/*
Storage type from global.storage.type in lower case: "minio", "s3" or "gcs".
Any other type fails the rendering, because the workers could not write logs.
*/}}
{{- define "airbyte-common.storage.type" -}}
{{- $type := .Values.global.storage.type | default "MinIO" | toString -}}
{{- $lowered := lower $type -}}
{{- if not (or (eq $lowered "minio") (eq $lowered "s3") (eq $lowered "gcs")) -}}
{{- fail (printf "global.storage.type %q is not supported: set it to \"MinIO\", \"S3\" or \"GCS\"" $type) -}}
{{- end -}}
{{- $lowered -}}
{{- end -}}

{{/* Port of the internal MinIO service; the minio subchart and the clients share it. */}}
{{- define "airbyte-common.minio.port" -}}
9000
{{- end -}}

{{/* Name of the Kubernetes Secret that holds the storage credentials. */}}
{{- define "airbyte-common.storage.secretName" -}}
{{- $storage := .Values.global.storage -}}
{{- $type := include "airbyte-common.storage.type" . -}}
{{- if $storage.storageSecretName -}}
{{- $storage.storageSecretName -}}
{{- else if eq $type "minio" -}}
{{- printf "%s-airbyte-minio-secrets" .Release.Name -}}
{{- else if eq $type "gcs" -}}
gcp-cred-secrets
{{- else -}}
airbyte-config-secrets
{{- end -}}
{{- end -}}

{{/* ConfigMap entries (KEY: "value" lines) that describe the log and state storage. */}}
{{- define "airbyte-common.storage.config" -}}
{{- $storage := .Values.global.storage -}}
{{- $type := include "airbyte-common.storage.type" . -}}
STORAGE_TYPE: {{ upper $type | quote }}
STORAGE_BUCKET_LOG: {{ $storage.bucket.log | quote }}
STORAGE_BUCKET_STATE: {{ $storage.bucket.state | quote }}
STORAGE_BUCKET_WORKLOAD_OUTPUT: {{ $storage.bucket.workloadOutput | quote }}
{{- if eq $type "minio" }}
MINIO_ENDPOINT: {{ printf "http://%s:%s" (include "airbyte-common.serviceName" (dict "root" . "component" "minio")) (include "airbyte-common.minio.port" .) | quote }}
{{- else if eq $type "s3" }}
{{- $auth := $storage.s3.authenticationType | default "credentials" }}
{{- if not (or (eq $auth "credentials") (eq $auth "instanceProfile")) }}
{{- fail (printf "global.storage.s3.authenticationType %q is not supported: set it to \"credentials\" or \"instanceProfile\"" $auth) }}
{{- end }}
AWS_DEFAULT_REGION: {{ required "global.storage.s3.region is required when global.storage.type is S3, for example us-east-1" $storage.s3.region | quote }}
S3_AUTHENTICATION_TYPE: {{ $auth | quote }}
{{- else if eq $type "gcs" }}
GCS_PROJECT_ID: {{ required "global.storage.gcs.projectId is required when global.storage.type is GCS" $storage.gcs.projectId | quote }}
{{- if not (hasSuffix ".json" $storage.gcs.credentialsPath) }}
{{- fail (printf "global.storage.gcs.credentialsPath %q must name the JSON key file, for example /secrets/gcs-log-creds/gcp.json" $storage.gcs.credentialsPath) }}
{{- end }}
GOOGLE_APPLICATION_CREDENTIALS: {{ $storage.gcs.credentialsPath | quote }}
{{- end }}
{{- end -}}

{{/* Container env entries that read the storage credentials from their Secret. */}}
{{- define "airbyte-common.storage.secretEnv" -}}
{{- $storage := .Values.global.storage -}}
{{- $type := include "airbyte-common.storage.type" . -}}
{{- $secretName := include "airbyte-common.storage.secretName" . -}}
{{- if eq $type "minio" }}
- name: AWS_ACCESS_KEY_ID
  valueFrom:
    secretKeyRef:
      name: {{ $secretName }}
      key: root-user
- name: AWS_SECRET_ACCESS_KEY
  valueFrom:
    secretKeyRef:
      name: {{ $secretName }}
      key: root-password
{{- else if and (eq $type "s3") (ne ($storage.s3.authenticationType | default "credentials") "instanceProfile") }}
- name: AWS_ACCESS_KEY_ID
  valueFrom:
    secretKeyRef:
      name: {{ $secretName }}
      key: s3-access-key-id
- name: AWS_SECRET_ACCESS_KEY
  valueFrom:
    secretKeyRef:
      name: {{ $secretName }}
      key: s3-secret-access-key
{{- end }}
{{- end -}}

{{/* Directory that holds the GCS credentials file, the parent of gcs.credentialsPath. */}}
{{- define "airbyte-common.storage.gcsCredentialsDir" -}}
{{- $parts := splitList "/" .Values.global.storage.gcs.credentialsPath -}}
{{- $file := index $parts (sub (len $parts) 1) -}}
{{- trimSuffix (printf "/%s" $file) .Values.global.storage.gcs.credentialsPath -}}
{{- end -}}

{{/* Pod volumes for the storage credentials: GCS mounts its key file from a Secret. Empty for other types. */}}
{{- define "airbyte-common.storage.volumes" -}}
{{- if eq (include "airbyte-common.storage.type" .) "gcs" -}}
- name: gcs-log-creds
  secret:
    secretName: {{ include "airbyte-common.storage.secretName" . }}
{{- end -}}
{{- end -}}

{{/* Container volume mounts that match airbyte-common.storage.volumes. */}}
{{- define "airbyte-common.storage.volumeMounts" -}}
{{- if eq (include "airbyte-common.storage.type" .) "gcs" -}}
- name: gcs-log-creds
  mountPath: {{ include "airbyte-common.storage.gcsCredentialsDir" . }}
  readOnly: true
{{- end -}}
{{- end -}}

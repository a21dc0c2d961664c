{{/* MinIO runs only while global.storage.type is MinIO; S3 and GCS need no local storage. */}}
{{- define "minio.enabled" -}}
{{- if eq (include "airbyte-common.storage.type" .) "minio" -}}
true
{{- end -}}
{{- end -}}

{{- define "minio.component" -}}
minio
{{- end -}}

{{- define "minio.secretName" -}}
{{- printf "%s-airbyte-minio-secrets" .Release.Name -}}
{{- end -}}

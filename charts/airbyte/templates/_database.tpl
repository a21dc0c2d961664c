{{/*
Database settings. With postgresql.enabled the internal database subchart is
used. Otherwise externalDatabase is, and exactly one of password,
existingSecret or jdbcUrl must give the password.
*/}}

{{- define "airbyte.database.validate" -}}
{{- if not .Values.postgresql.enabled -}}
{{- $db := .Values.externalDatabase -}}
{{- $given := list -}}
{{- range $option := list "password" "existingSecret" "jdbcUrl" -}}
{{- if get $db $option -}}
{{- $given = append $given (printf "externalDatabase.%s" $option) -}}
{{- end -}}
{{- end -}}
{{- if gt (len $given) 1 -}}
{{- fail (printf "%s are mutually exclusive: keep only one of them in your values" (join " and " $given)) -}}
{{- else if eq (len $given) 0 -}}
{{- fail "postgresql.enabled is false, so set one of externalDatabase.password, externalDatabase.existingSecret or externalDatabase.jdbcUrl" -}}
{{- end -}}
{{- if $db.jdbcUrl -}}
{{- if not (hasPrefix "jdbc:postgresql://" $db.jdbcUrl) -}}
{{- fail (printf "externalDatabase.jdbcUrl %q must start with jdbc:postgresql://" $db.jdbcUrl) -}}
{{- end -}}
{{- else -}}
{{- $_ := required "externalDatabase.host is required when postgresql.enabled is false" $db.host -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{- define "airbyte.database.host" -}}
{{- if .Values.postgresql.enabled -}}
{{- printf "%s-airbyte-db-svc" .Release.Name -}}
{{- else -}}
{{- .Values.externalDatabase.host -}}
{{- end -}}
{{- end -}}

{{- define "airbyte.database.port" -}}
{{- if .Values.postgresql.enabled -}}
{{- .Values.postgresql.service.port | int -}}
{{- else -}}
{{- .Values.externalDatabase.port | int -}}
{{- end -}}
{{- end -}}

{{- define "airbyte.database.name" -}}
{{- if .Values.postgresql.enabled -}}
{{- .Values.postgresql.auth.database -}}
{{- else -}}
{{- .Values.externalDatabase.database -}}
{{- end -}}
{{- end -}}

{{- define "airbyte.database.user" -}}
{{- if .Values.postgresql.enabled -}}
{{- .Values.postgresql.auth.username -}}
{{- else -}}
{{- .Values.externalDatabase.user -}}
{{- end -}}
{{- end -}}

{{- define "airbyte.database.url" -}}
{{- if and (not .Values.postgresql.enabled) .Values.externalDatabase.jdbcUrl -}}
{{- .Values.externalDatabase.jdbcUrl -}}
{{- else -}}
{{- printf "jdbc:postgresql://%s:%s/%s" (include "airbyte.database.host" .) (include "airbyte.database.port" .) (include "airbyte.database.name" .) -}}
{{- end -}}
{{- end -}}

{{/* secretKeyRef fields (name and key) of the database password. */}}
{{- define "airbyte.database.passwordSecretRef" -}}
{{- if and (not .Values.postgresql.enabled) .Values.externalDatabase.existingSecret -}}
name: {{ .Values.externalDatabase.existingSecret }}
key: {{ .Values.externalDatabase.existingSecretPasswordKey | default "DATABASE_PASSWORD" }}
{{- else if .Values.postgresql.enabled -}}
name: {{ printf "%s-airbyte-db-secrets" .Release.Name }}
key: postgres-password
{{- else -}}
name: {{ include "airbyte.secretsName" . }}
key: DATABASE_PASSWORD
{{- if .Values.externalDatabase.jdbcUrl }}
optional: true
{{- end }}
{{- end -}}
{{- end -}}

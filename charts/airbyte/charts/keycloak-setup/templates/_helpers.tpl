{{- define "keycloak-setup.component" -}}
keycloak-setup
{{- end -}}

{{/* Shell loop that waits until Keycloak answers, so the setup does not fail on a fresh install. */}}
{{- define "keycloak-setup.waitScript" -}}
for attempt in {{ until (.Values.waitAttempts | int) | join " " }}; do
  if wget -q -O /dev/null "http://{{ .Release.Name }}-airbyte-keycloak-svc:8180/auth/health/ready"; then
    exit 0
  fi
  sleep 2
done
echo "Keycloak did not become ready" >&2
exit 1
{{- end -}}

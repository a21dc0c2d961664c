{{/*
Settings of the enterprise edition, read from airbyte.yml (the airbyteYml
value) and returned as YAML for fromYaml: webappUrl, initialUser, licenseKey
and identityProviders. For the community edition it returns an empty map.
Missing or invalid settings fail with the key to add to airbyte.yml.
*/}}
{{- define "airbyte.enterpriseConfig" -}}
{{- if include "airbyte.isEnterprise" . -}}
{{- $raw := required "global.edition is enterprise, so airbyte.yml is required: add --set-file airbyteYml=airbyte.yml to the command" .Values.airbyteYml -}}
{{- $file := fromYaml $raw -}}
{{- if hasKey $file "Error" -}}
{{- fail (printf "airbyteYml is not a valid YAML map: %s" (get $file "Error")) -}}
{{- end -}}
{{- if not (hasKey $file "initial-user") -}}
{{- fail "airbyte.yml has no initial-user block: add initial-user with email, first-name, last-name, username and password" -}}
{{- end -}}
{{- $user := get $file "initial-user" -}}
{{- if not (kindIs "map" $user) -}}
{{- fail (printf "initial-user in airbyte.yml must be a block of keys (email, first-name, ...), not a %s" (typeOf $user)) -}}
{{- end -}}
{{- $initialUser := dict -}}
{{- range $key := list "email" "first-name" "last-name" "username" "password" -}}
{{- $value := required (printf "airbyte.yml is missing initial-user.%s: fill it in, because the initial user becomes the instance admin" $key) (get $user $key) -}}
{{- $_ := set $initialUser $key (toString $value) -}}
{{- end -}}
{{- $licenseKey := required "airbyte.yml is missing license-key: add the license key that Airbyte provided" (get $file "license-key") -}}
{{- $providers := list -}}
{{- $auth := get $file "auth" | default dict -}}
{{- range $i, $provider := get $auth "identity-providers" | default list -}}
{{- $type := get $provider "type" | toString -}}
{{- if not (or (eq $type "okta") (eq $type "oidc")) -}}
{{- fail (printf "auth.identity-providers[%d].type %q in airbyte.yml is not supported: use \"okta\" or \"oidc\"" $i $type) -}}
{{- end -}}
{{- $entry := dict "type" $type -}}
{{- range $key := list "domain" "app-name" "client-id" "client-secret" -}}
{{- $_ := set $entry $key (required (printf "airbyte.yml is missing auth.identity-providers[%d].%s for the %s provider" $i $key $type) (get $provider $key) | toString) -}}
{{- end -}}
{{- if contains "://" $entry.domain -}}
{{- fail (printf "auth.identity-providers[%d].domain %q in airbyte.yml must be a domain without http:// or https://" $i $entry.domain) -}}
{{- end -}}
{{- $providers = append $providers $entry -}}
{{- end -}}
{{- $config := dict "initialUser" $initialUser "licenseKey" (toString $licenseKey) "identityProviders" $providers -}}
{{- with get $file "webapp-url" -}}
{{- $url := toString . | trim -}}
{{- if not (regexMatch "^https?://" $url) -}}
{{- fail (printf "webapp-url %q in airbyte.yml must start with http:// or https://" $url) -}}
{{- end -}}
{{- $_ := set $config "webappUrl" (trimSuffix "/" $url) -}}
{{- end -}}
{{- toYaml $config -}}
{{- else -}}
{}
{{- end -}}
{{- end -}}

{{/*
Deployment of a platform component that needs no more than the shared
environment. Call with a dict: "root" is the chart context, "component" the
short name and "values" the component's values (image, replicaCount,
service.port, resources and podAnnotations).
*/}}
{{- define "airbyte.componentDeployment" -}}
{{- $root := .root -}}
{{- $values := .values -}}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "airbyte-common.fullname" . }}
  namespace: {{ $root.Release.Namespace }}
  labels:
    {{- include "airbyte.labels" . | nindent 4 }}
spec:
  replicas: {{ $values.replicaCount | default 1 }}
  selector:
    matchLabels:
      {{- include "airbyte-common.selectorLabels" . | nindent 6 }}
  template:
    metadata:
      labels:
        {{- include "airbyte-common.selectorLabels" . | nindent 8 }}
      {{- with include "airbyte.podAnnotations" (dict "root" $root "annotations" $values.podAnnotations) }}
      annotations:
        {{- . | nindent 8 }}
      {{- end }}
    spec:
      serviceAccountName: {{ include "airbyte.serviceAccountName" $root }}
      containers:
        - name: {{ printf "airbyte-%s-container" .component }}
          image: {{ include "airbyte-common.image" (dict "root" $root "image" $values.image) }}
          imagePullPolicy: {{ include "airbyte-common.pullPolicy" (dict "root" $root "image" $values.image) }}
          envFrom:
            - configMapRef:
                name: {{ include "airbyte.envConfigMapName" $root }}
          env:
            {{- include "airbyte.containerEnv" $root | nindent 12 }}
          ports:
            - name: http
              containerPort: {{ $values.service.port | int }}
          resources:
            {{- toYaml ($values.resources | default dict) | nindent 12 }}
{{- end -}}

{{/* ClusterIP Service of a component; takes the same dict as airbyte.componentDeployment. */}}
{{- define "airbyte.componentService" -}}
apiVersion: v1
kind: Service
metadata:
  name: {{ include "airbyte-common.serviceName" . }}
  namespace: {{ .root.Release.Namespace }}
  labels:
    {{- include "airbyte.labels" . | nindent 4 }}
spec:
  type: ClusterIP
  selector:
    {{- include "airbyte-common.selectorLabels" . | nindent 4 }}
  ports:
    - name: http
      port: {{ .values.service.port }}
      targetPort: http
      protocol: TCP
{{- end -}}

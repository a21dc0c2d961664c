#!/usr/bin/env python3
"""Writes the generated benchmark charts into a folder, at a chosen scale.

wide:  an umbrella chart with 50 x SCALE subcharts and 500 x SCALE templates in all,
       each template a Deployment built from shared named templates.
tpl:   one chart whose values hold template text rendered with `tpl` thousands of
       times, and helpers that `include` each other in chains.
"""

import argparse
import os
import textwrap


def write(path: str, text: str) -> None:
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as handle:
        handle.write(textwrap.dedent(text).lstrip())


HELPERS = """
{{- define "bench.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "bench.fullname" -}}
{{- printf "%s-%s" .Release.Name (include "bench.name" .) | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "bench.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
app.kubernetes.io/name: {{ include "bench.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}
"""

DEPLOYMENT = """
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "bench.fullname" . }}-INDEX
  labels:
    {{- include "bench.labels" . | nindent 4 }}
spec:
  replicas: {{ .Values.replicas }}
  selector:
    matchLabels:
      app.kubernetes.io/name: {{ include "bench.name" . }}
  template:
    metadata:
      annotations:
        checksum/values: {{ toJson .Values | sha256sum }}
    spec:
      containers:
        - name: app
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
          env:
            {{- range $key, $value := .Values.env }}
            - name: {{ $key | upper }}
              value: {{ $value | quote }}
            {{- end }}
          resources:
            {{- toYaml .Values.resources | nindent 12 }}
"""

VALUES = """
replicas: 2
image:
  repository: example/app
  tag: "1.0.0"
env:
  LOG_LEVEL: info
  REGION: eu-west-1
  RETRIES: 3
  FEATURE_FLAGS: "a,b,c"
resources:
  limits:
    cpu: 500m
    memory: 512Mi
  requests:
    cpu: 100m
    memory: 128Mi
"""


def wide_chart(root: str, scale: int) -> None:
    subcharts = 50 * scale
    charts = subcharts + 1
    # Spread 500 x SCALE templates over the charts, the first ones taking one more.
    counts = [500 * scale // charts + (1 if index < 500 * scale % charts else 0) for index in range(charts)]
    dependencies = "".join(f"  - name: sub{index}\n    version: 0.1.0\n" for index in range(subcharts))
    write(f"{root}/Chart.yaml", f"apiVersion: v2\nname: wide\nversion: 0.1.0\ndependencies:\n{dependencies}")
    write(f"{root}/values.yaml", VALUES)
    write(f"{root}/templates/_helpers.tpl", HELPERS)
    for template in range(counts[0]):
        write(f"{root}/templates/deploy{template}.yaml", DEPLOYMENT.replace("INDEX", str(template)))
    for index in range(subcharts):
        sub = f"{root}/charts/sub{index}"
        write(f"{sub}/Chart.yaml", f"apiVersion: v2\nname: sub{index}\nversion: 0.1.0\n")
        write(f"{sub}/values.yaml", VALUES)
        write(f"{sub}/templates/_helpers.tpl", HELPERS)
        for template in range(counts[index + 1]):
            write(f"{sub}/templates/deploy{template}.yaml", DEPLOYMENT.replace("INDEX", str(template)))


def tpl_chart(root: str, scale: int) -> None:
    entries = 1000 * scale
    write(f"{root}/Chart.yaml", "apiVersion: v2\nname: tplheavy\nversion: 0.1.0\n")
    lines = ["snippets:"]
    for index in range(entries):
        lines.append(f'  - "{{{{ .Release.Name }}}}-{index}-{{{{ .Values.suffix | upper }}}}"')
    lines.append("suffix: end")
    write(f"{root}/values.yaml", "\n".join(lines) + "\n")
    chain = ['{{- define "chain.0" -}}{{ .Release.Name }}{{- end }}']
    for depth in range(1, 20):
        chain.append(f'{{{{- define "chain.{depth}" -}}}}{{{{ include "chain.{depth - 1}" . }}}}-{depth}{{{{- end }}}}')
    write(f"{root}/templates/_chain.tpl", "\n".join(chain) + "\n")
    write(f"{root}/templates/configmap.yaml", """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: {{ include "chain.19" . | trunc 63 }}
        data:
          {{- range $index, $snippet := .Values.snippets }}
          key{{ $index }}: {{ tpl $snippet $ | quote }}
          chained{{ $index }}: {{ include "chain.19" $ | quote }}
          {{- end }}
        """)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("kind", choices=["wide", "tpl"])
    parser.add_argument("folder")
    parser.add_argument("--scale", type=int, default=1)
    args = parser.parse_args()
    (wide_chart if args.kind == "wide" else tpl_chart)(args.folder, args.scale)


if __name__ == "__main__":
    main()

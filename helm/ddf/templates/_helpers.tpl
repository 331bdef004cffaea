{{- define "ddf.labels" -}}
app.kubernetes.io/part-of: ddf
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ .Chart.Name }}-{{ .Chart.Version }}
{{- end -}}

{{- define "ddf.dbSecret" -}}
{{- if .Values.database.existingSecret -}}{{ .Values.database.existingSecret }}{{- else -}}{{ .Release.Name }}-db{{- end -}}
{{- end -}}

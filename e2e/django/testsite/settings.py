"""A minimal Django project for the end-to-end tests: it imports the GENERATED cloudfront_settings.py.

CLOUDFRONT_SETTINGS_DIR names the folder the test wrote the generator's django/ files to. The import sits at the
end, as the generated README says, so the generated values win over the defaults above it.
"""
import os
import sys

SECRET_KEY = "e2e-test-project-key-not-used-in-production"
DEBUG = False
# staticfiles: collectstatic fills STATIC_ROOT (from the environment) for the S3 upload test.
INSTALLED_APPS = ["django.contrib.staticfiles"]
STATICFILES_DIRS = [os.path.join(os.path.dirname(__file__), "static")]
STATIC_ROOT = os.environ.get("STATIC_ROOT") or None
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
]
ROOT_URLCONF = "testsite.urls"
DATABASES = {}
USE_TZ = True
# Report the CSRF failure reason as JSON so a test can tell "Origin checking failed" from other 403s.
CSRF_FAILURE_VIEW = "testsite.views.csrf_failure"
WSGI_APPLICATION = "testsite.wsgi.application"

_generated_dir = os.environ.get("CLOUDFRONT_SETTINGS_DIR", "")
if not _generated_dir:
    raise RuntimeError("Set CLOUDFRONT_SETTINGS_DIR to the folder holding the generated cloudfront_settings.py")
sys.path.insert(0, _generated_dir)

from cloudfront_settings import *  # noqa: E402,F401,F403  (the generated settings)

if "CLOUDFRONT_CSP_MIDDLEWARE" in globals():
    # As the generated README says when Django sends CSP: its middleware joins MIDDLEWARE.
    MIDDLEWARE = [*MIDDLEWARE, CLOUDFRONT_CSP_MIDDLEWARE]  # noqa: F405

if "CLOUDFRONT_ORIGIN_VERIFY_MIDDLEWARE" in globals():
    # As the generated README says: the origin-verify middleware goes first.
    MIDDLEWARE = [CLOUDFRONT_ORIGIN_VERIFY_MIDDLEWARE, *MIDDLEWARE]  # noqa: F405

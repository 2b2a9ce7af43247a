from django.http import JsonResponse
from django.middleware.csrf import get_token
from django.templatetags.static import static


def whoami(request):
    """What Django believes about the request: the values the whole CloudFront setup exists to get right."""
    return JsonResponse(
        {
            "host": request.get_host(),
            "secure": request.is_secure(),
            "absolute_uri": request.build_absolute_uri(),
            "path": request.path,
            "host_header": request.META.get("HTTP_HOST"),
            "forwarded_host": request.META.get("HTTP_X_FORWARDED_HOST"),
            "forwarded_proto": request.META.get("HTTP_X_FORWARDED_PROTO"),
            "authorization": request.META.get("HTTP_AUTHORIZATION"),
        }
    )


def form(request):
    """GET hands out a CSRF token (and sets the csrftoken cookie); POST is CSRF-protected."""
    if request.method == "POST":
        return JsonResponse({"posted": True, "name": request.POST.get("name", "")})
    return JsonResponse({"csrf_token": get_token(request)})


def asset(request):
    """The URL Django renders for a static file ({% static %}), which a browser then asks CloudFront for."""
    return JsonResponse({"url": static("app.css")})


def csrf_failure(request, reason=""):
    return JsonResponse({"csrf_failure": reason}, status=403)


def bad_request(request, exception):
    return JsonResponse({"bad_request": str(exception)}, status=400)

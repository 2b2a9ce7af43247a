from django.urls import path

from . import views

urlpatterns = [
    path("", views.whoami),
    path("form/", views.form),
    path("asset/", views.asset),
]

handler400 = "testsite.views.bad_request"

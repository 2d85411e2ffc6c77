"""dmgbuild settings for the eSIM Counter disk image: the app beside an Applications link.

    dmgbuild -s packaging/macos/dmg_settings.py -D app="dist/eSIM Counter.app" \
        -D icon=resources/icons/esim-counter.icns "eSIM Counter 0.1.0" out.dmg

``packaging/build.py`` runs it so on macOS. ``defines`` is given by dmgbuild.
"""

import os.path

application = defines["app"]  # noqa: F821 - dmgbuild's namespace
appname = os.path.basename(application)

# lzfse-compressed, read-only: the smallest that every supported macOS (13+) opens.
format = "ULFO"
filesystem = "HFS+"
size = None  # as large as the app needs

files = [application]
symlinks = {"Applications": "/Applications"}
icon = defines.get("icon")  # noqa: F821 - the volume icon: the app's own
hide_extension = [appname]

background = "builtin-arrow"
window_rect = ((200, 120), (640, 400))
default_view = "icon-view"
show_status_bar = False
show_tab_view = False
show_toolbar = False
show_pathbar = False
show_sidebar = False
icon_size = 128
text_size = 14
icon_locations = {appname: (160, 190), "Applications": (480, 190)}

"""Start eSIM Counter: ``python main.py`` is the same as ``esim-counter``."""

from app.main import main

if __name__ == "__main__":
    raise SystemExit(main())

"""Receipts and the install slip: one layout painted with QPainter, printed to the system
printer, a PDF file or an ESC/POS thermal printer (issue 14, "Receipts").

``print_receipt(data, settings)`` in :mod:`app.ui.receipts.printing` is the one call the
sale flow and History make; everything else is reached through it.
"""

"""The "Receipts" tab of the settings: the receipt's header, where receipts go, when they
print, whether the install slip is offered, and a button that prints a test receipt with
what the form says now (before saving), so the owner sees it work."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app import settings_schema as schema
from app.core.errors import CounterError
from app.ui.chain_messages import chain_note
from app.ui.messages import describe
from app.ui.receipts import sample
from app.ui.receipts.data import ShopDetails
from app.ui.receipts.printing import print_receipt
from app.ui.runner import Runner
from app.ui.settings_store import read


class FormSettings(QSettings):
    """The stored settings with the form's unsaved values laid over them, for the test
    receipt. Writes (the printer chosen in the print dialog) go to the real store."""

    def __init__(self, base: QSettings, overrides: dict[str, object]) -> None:
        super().__init__(base.fileName(), base.format())
        self._overrides = overrides

    def value(self, key: str, *args: Any, **kwargs: Any) -> Any:
        if key in self._overrides:
            return self._overrides[key]
        return super().value(key, *args, **kwargs)


class ReceiptsTab(QWidget):
    def __init__(self, settings: QSettings, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._runner = runner

        def edit(setting: schema.Setting[str], name: str) -> QLineEdit:
            line = QLineEdit(read(settings, setting), self)
            line.setAccessibleName(name)
            return line

        self.address = edit(schema.SHOP_ADDRESS, self.tr("Shop address"))
        self.tax_number = edit(schema.SHOP_TAX_NUMBER, self.tr("Tax number"))
        self.counter_name = edit(schema.COUNTER_NAME, self.tr("Counter name"))
        self.target = QComboBox(self)
        self.target.setAccessibleName(self.tr("Print receipts to"))
        for code, label in (
            ("none", self.tr("Do not print receipts")),
            ("system", self.tr("A printer of this computer")),
            ("pdf", self.tr("PDF files in a folder")),
            ("thermal", self.tr("A thermal receipt printer (ESC/POS)")),
        ):
            self.target.addItem(label, code)
        self._select(self.target, read(settings, schema.RECEIPT_TARGET))
        self.folder = edit(schema.RECEIPT_PDF_FOLDER, self.tr("Folder for PDF receipts"))
        self.folder.setPlaceholderText(self.tr("Documents/eSIM Counter receipts"))
        self.choose_folder = QPushButton(self.tr("Choose…"), self)
        self.choose_folder.setAccessibleName(self.tr("Choose the folder for PDF receipts"))
        self.choose_folder.clicked.connect(self._choose_folder)
        self.connection = QComboBox(self)
        self.connection.setAccessibleName(self.tr("Thermal printer connection"))
        for code, label in (
            ("network", self.tr("Network")),
            ("usb", self.tr("USB")),
            ("serial", self.tr("Serial port")),
        ):
            self.connection.addItem(label, code)
        self._select(self.connection, read(settings, schema.THERMAL_CONNECTION))
        self.printer_address = edit(schema.THERMAL_ADDRESS, self.tr("Thermal printer address"))
        self.printer_address.setAccessibleDescription(
            self.tr(
                "Network: 192.168.1.50:9100. USB: vendor:product, such as 04b8:0e15. Serial: COM3."
            )
        )
        self.paper = QComboBox(self)
        self.paper.setAccessibleName(self.tr("Paper width"))
        self.paper.addItem(self.tr("80 mm"), 80)
        self.paper.addItem(self.tr("58 mm"), 58)
        self._select(self.paper, read(settings, schema.THERMAL_PAPER_MM))
        self.when = QComboBox(self)
        self.when.setAccessibleName(self.tr("When to print"))
        self.when.addItem(self.tr("After every delivered sale"), True)
        self.when.addItem(self.tr("Only when the clerk presses Print"), False)
        self._select(self.when, read(settings, schema.RECEIPT_AUTO_PRINT))
        self.offer_slip = QCheckBox(
            self.tr("Offer an install slip (QR and codes) for travellers who install later"),
            self,
        )
        self.offer_slip.setAccessibleName(self.tr("Offer an install slip"))
        self.offer_slip.setChecked(read(settings, schema.OFFER_INSTALL_SLIP))
        self.test_print = QPushButton(self.tr("Print test receipt"), self)
        self.test_print.setAccessibleName(self.tr("Print test receipt"))
        self.test_print.setAccessibleDescription(
            self.tr("Prints a sample receipt where the settings above say, before saving.")
        )
        self.test_print.clicked.connect(self.print_test)
        self.status = QLabel("", self)
        self.status.setObjectName("receiptTestStatus")
        self.status.setWordWrap(True)

        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose_folder)
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        # Issue 16: a joined counter prints the chain's shop lines.
        self.chain_note = chain_note(
            settings,
            self.tr(
                "This counter is in a chain: the shop name, address and tax number the "
                "chain publishes replace changes made here at the next pull (within a "
                "minute). The owner publishes them from their counter with: "
                "esim-counter chain publish-shop (and the clerks with: esim-counter "
                "chain publish-clerks)"
            ),
            self.tr("The chain's shop details"),
            "chainShopNote",
            self,
        )
        if self.chain_note is not None:
            form.addRow(self.chain_note)
        form.addRow(self.tr("Shop address"), self.address)
        form.addRow(self.tr("Tax number"), self.tax_number)
        form.addRow(self.tr("Counter name"), self.counter_name)
        form.addRow(self.tr("Print receipts to"), self.target)
        form.addRow(self.tr("PDF folder"), folder_row)
        form.addRow(self.tr("Printer connection"), self.connection)
        form.addRow(self.tr("Printer address"), self.printer_address)
        form.addRow(self.tr("Paper width"), self.paper)
        form.addRow(self.tr("Print"), self.when)
        form.addRow(self.offer_slip)
        form.addRow(self.test_print)
        form.addRow(self.status)
        self.target.currentIndexChanged.connect(self._show_target)
        self.connection.currentIndexChanged.connect(self._show_target)
        self._show_target()

    @staticmethod
    def _select(combo: QComboBox, value: object) -> None:
        combo.setCurrentIndex(max(0, combo.findData(value)))

    def _show_target(self) -> None:
        target = self.target.currentData()
        pdf_widgets: tuple[QWidget, ...] = (self.folder, self.choose_folder)
        thermal_widgets: tuple[QWidget, ...] = (self.connection, self.printer_address, self.paper)
        for widget in pdf_widgets:
            widget.setEnabled(target == "pdf")
        for widget in thermal_widgets:
            widget.setEnabled(target == "thermal")
        self.when.setEnabled(target != "none")
        self.test_print.setEnabled(target != "none")
        self.printer_address.setPlaceholderText(
            {
                "network": self.tr("192.168.1.50:9100"),
                "usb": self.tr("04b8:0e15 (vendor:product)"),
                "serial": self.tr("COM3 or /dev/ttyUSB0"),
            }[str(self.connection.currentData())]
        )

    def _choose_folder(self) -> None:
        chooser = QFileDialog(self, self.tr("Folder for PDF receipts"), self.folder.text())
        chooser.setFileMode(QFileDialog.FileMode.Directory)
        chooser.setOption(QFileDialog.Option.ShowDirsOnly, True)
        chooser.fileSelected.connect(self.folder.setText)
        chooser.finished.connect(chooser.deleteLater)
        chooser.open()

    def values(self) -> dict[str, object]:
        """The tab's settings as stored; raises CounterError for a value that cannot be."""
        try:
            typed: dict[schema.Setting[Any], object] = {
                schema.SHOP_ADDRESS: schema.SHOP_ADDRESS.check(self.address.text()),
                schema.SHOP_TAX_NUMBER: schema.SHOP_TAX_NUMBER.check(self.tax_number.text()),
                schema.COUNTER_NAME: schema.COUNTER_NAME.check(self.counter_name.text()),
                schema.RECEIPT_TARGET: str(self.target.currentData()),
                schema.RECEIPT_PDF_FOLDER: schema.RECEIPT_PDF_FOLDER.check(self.folder.text()),
                schema.THERMAL_CONNECTION: str(self.connection.currentData()),
                schema.THERMAL_ADDRESS: schema.THERMAL_ADDRESS.check(self.printer_address.text()),
                schema.THERMAL_PAPER_MM: int(self.paper.currentData()),
                schema.RECEIPT_AUTO_PRINT: bool(self.when.currentData()),
                schema.OFFER_INSTALL_SLIP: self.offer_slip.isChecked(),
            }
        except schema.SettingError:
            raise CounterError(
                self.tr("The receipt's lines are one line of at most 200 characters each.")
            ) from None
        return {setting.key: setting.dump(value) for setting, value in typed.items()}

    def print_test(self) -> None:
        try:
            values = self.values()
        except CounterError as exc:
            self.status.setText(describe(exc))
            return
        form = FormSettings(self._settings, values)
        header = ShopDetails(
            read(self._settings, schema.SHOP_NAME),
            self.address.text().strip(),
            self.tax_number.text().strip(),
            self.counter_name.text().strip(),
        )
        self.status.setText(self.tr("Printing a test receipt…"))
        print_receipt(
            sample.receipt(number=1, header=header),
            form,
            self._runner,
            slip=sample.slip() if self.offer_slip.isChecked() else None,
            parent=self,
            on_done=self._printed,
            on_error=self._failed,
        )

    def _printed(self, path: object) -> None:
        if path is None:
            self.status.setText(self.tr("The test receipt was sent to the printer."))
        else:
            self.status.setText(
                self.tr("The test receipt was saved as %1.").replace("%1", str(path))
            )

    def _failed(self, error: BaseException) -> None:
        self.status.setText(describe(error))

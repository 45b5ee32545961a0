#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;

// "Deck settings…": the vendor name and logo on every QBR's cover, kept in the settings
// (qbr/vendorName, qbr/logoPath) where pitwall-cli qbr reads them too. The logo must be a
// PNG, JPEG or SVG file that can be read; the dialog says so before it is kept.
class QbrDeckSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    static inline const QString vendorNameKey = QStringLiteral("qbr/vendorName");
    static inline const QString logoPathKey = QStringLiteral("qbr/logoPath");

    explicit QbrDeckSettingsDialog(QWidget *parent = nullptr);

    // The settings as stored (an empty vendor name means "Pitwall"; a logo that can no
    // longer be read is left out).
    static QString vendorName(const QSettings &settings);
    static QString logoPath(const QSettings &settings);
    // Whether `path` is a logo the renderer can draw; *error says why not.
    static bool isUsableLogo(const QString &path, QString *error);

    QLineEdit *vendorField() const { return m_vendor; }
    QLineEdit *logoField() const { return m_logo; }

    // Checks and stores the fields; false (and the dialog says why) when the logo is unusable.
    bool apply();

public Q_SLOTS:
    void accept() override;

private:
    void browse();
    void updatePreview();

    QLineEdit *m_vendor;
    QLineEdit *m_logo;
    QPushButton *m_browse;
    QPushButton *m_clear;
    QLabel *m_preview;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

#include "GenerateStatementsDialog.h"

#include "session/AppSettings.h"
#include "theme/PaletteFollower.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace m3ter {

GenerateStatementsDialog::GenerateStatementsDialog(const QList<StatementRequestItem> &bills,
                                                   int existing, const QString &folder,
                                                   QWidget *parent)
    : QDialog(parent)
    , m_bills(bills)
    //: Statements: documents m3ter generates from bills; JSON is always made, CSV optionally.
    , m_csv(new QCheckBox(tr("Also generate &CSV statements"), this)) {
    setObjectName(QStringLiteral("generateStatementsDialog"));
    setWindowTitle(tr("Generate statements"));
    const int n = int(bills.size());

    auto *heading = new QLabel(tr("Generate statements for %Ln bill(s)?", nullptr, n), this);
    QFont font = heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    heading->setFont(font);

    auto *where = new QLabel(this);
    where->setObjectName(QStringLiteral("generateStatementsFolder"));
    where->setWordWrap(true);
    where->setTextFormat(Qt::PlainText);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    //: %1: the statements folder.
    where->setText(tr("A JSON statement is generated for each bill and saved under\n%1\n"
                      "in a folder per account, named by bill date and bill ID.")
                       .arg(QDir::toNativeSeparators(folder)));

    m_csv->setObjectName(QStringLiteral("includeCsv"));
    m_csv->setToolTip(tr("CSV statements open in a spreadsheet; JSON is always generated."));
    m_csv->setChecked(AppSettings().includeCsvStatements());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(where);
    if (existing > 0) {
        auto *note = new QLabel(this);
        note->setObjectName(QStringLiteral("generateStatementsExisting"));
        note->setWordWrap(true);
        PaletteFollower::useSecondaryText(note);
        note->setText(tr("%Ln of these bills already have a statement, which will be replaced. "
                         "To save the existing statements without regenerating them, use "
                         "Download existing statements instead.",
                         nullptr, existing));
        layout->addWidget(note);
    }
    layout->addSpacing(4);
    layout->addWidget(m_csv);
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    //: Button: create the statements on the server and download them.
    QPushButton *generate = buttons->addButton(tr("&Generate"), QDialogButtonBox::AcceptRole);
    generate->setObjectName(QStringLiteral("generateStatementsButton"));
    generate->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

bool GenerateStatementsDialog::includeCsv() const {
    return m_csv->isChecked();
}

void GenerateStatementsDialog::setIncludeCsv(bool on) {
    m_csv->setChecked(on);
}

void GenerateStatementsDialog::accept() {
    AppSettings().setIncludeCsvStatements(m_csv->isChecked());
    QDialog::accept();
}

} // namespace m3ter

#pragma once

#include <QSaveFile>
#include <QString>

#include <functional>
#include <memory>

namespace m3ter {

// Makes the QSaveFile a statement download streams into. The default makes a plain QSaveFile;
// tests substitute one whose writes fail, which is how a full disk is simulated (there is no
// portable way to fill a disk in a test).
using StatementFileFactory = std::function<std::unique_ptr<QSaveFile>(const QString &path)>;

inline StatementFileFactory defaultStatementFileFactory() {
    return [](const QString &path) { return std::make_unique<QSaveFile>(path); };
}

} // namespace m3ter

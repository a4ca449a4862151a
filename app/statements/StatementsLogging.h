#pragma once

#include <QLoggingCategory>

namespace m3ter {

// "m3ter.statements": the statement queue's side of a support log, next to "m3ter.api"'s line
// per HTTP call. One info line each time an entry changes stage (entry, bill, job, the stage's
// file key, the error's kind), one debug line per poll round (how many jobs, listed or asked one
// by one). Never a download link: presigned URLs are credentials. Debug lines are off by
// default: QT_LOGGING_RULES="m3ter.statements.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcStatements)

} // namespace m3ter

// main() for the fuzz targets in the ordinary (g++) build: runs every file given, or every file
// in the folders given, through LLVMFuzzerTestOneInput once. With the seed corpora (and the
// inputs the fuzzers once crashed on) this makes each target a regression test under
// ASan/UBSan in the normal suite; the libFuzzer build (run-fuzzers.sh) explores further.
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

bool replay(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
        return false;
    }
    const QByteArray input = file.readAll();
    // A copy of exactly input.size() bytes, so that ASan sees a read past the end.
    auto *copy = new uint8_t[size_t(input.size())];
    std::copy(input.cbegin(), input.cend(), copy);
    LLVMFuzzerTestOneInput(copy, size_t(input.size()));
    delete[] copy;
    return true;
}

} // namespace

int main(int argc, char **argv) {
    int replayed = 0;
    for (int i = 1; i < argc; ++i) {
        const QString path = QString::fromLocal8Bit(argv[i]);
        QStringList files;
        if (QFileInfo(path).isDir()) {
            const QDir dir(path);
            for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
                files << dir.filePath(name);
        } else {
            files << path;
        }
        for (const QString &file : std::as_const(files)) {
            if (!replay(file))
                return 1;
            ++replayed;
        }
    }
    std::printf("%d inputs replayed without a finding\n", replayed);
    // No input at all means a wrong path, not a pass.
    return replayed > 0 ? 0 : 1;
}

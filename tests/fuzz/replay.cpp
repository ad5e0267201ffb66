// SPDX-License-Identifier: GPL-3.0-or-later
// Stands in for libFuzzer in the ordinary build: runs a fuzz target once on
// every file named on the command line (directories recursively), so the
// seed corpus and every input that once broke a parser stay in the suite.
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

int replay(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "replay: cannot read %s\n", qPrintable(fileName));
        return -1;
    }
    const QByteArray data = file.readAll();
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(data.constData()),
                           size_t(data.size()));
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    int count = 0;
    for (int i = 1; i < argc; ++i) {
        const QString argument = QString::fromLocal8Bit(argv[i]);
        if (argument.startsWith(QLatin1Char('-'))) // libFuzzer's options
            continue;
        QStringList files;
        if (QFileInfo(argument).isDir()) {
            QDirIterator it(argument, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                files.append(it.next());
            files.sort();
        } else {
            files.append(argument);
        }
        for (const QString &file : std::as_const(files)) {
            const int result = replay(file);
            if (result < 0)
                return 1;
            count += result;
        }
    }
    std::printf("replay: %d inputs, every invariant held\n", count);
    // An empty corpus would make this a test of nothing.
    return count > 0 ? 0 : 1;
}

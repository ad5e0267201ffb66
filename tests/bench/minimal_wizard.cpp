// SPDX-License-Identifier: GPL-3.0-or-later
// The floor for start-up and idle memory: the least a Qt 6 Widgets wizard
// does, a QWizard with one page of text. With AIRLOCK_MEASURE_STARTUP=1 it
// measures itself exactly as airlock does (app/startupprobe.cpp).
// Built twice: bench_minimal_wizard links Qt Widgets alone;
// bench_minimal_wizard_libvirt also links and initialises what any libvirt
// client in Qt must (libvirt and its GLib event loop binding), and the rest
// of what airlock links (Qt Network, libvirt-gconfig, libcrypto): the floor
// for Airlock's own code.
#include "startupprobe.h"

#ifdef AIRLOCK_BENCH_WITH_LIBVIRT
#include <QNetworkAccessManager>

#include <libvirt-gconfig/libvirt-gconfig.h>
#include <libvirt-glib/libvirt-glib.h>
#include <libvirt/libvirt.h>
#include <openssl/evp.h>
#endif

#include <QApplication>
#include <QLabel>
#include <QVBoxLayout>
#include <QWizard>
#include <QWizardPage>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
#ifdef AIRLOCK_BENCH_WITH_LIBVIRT
    // What Airlock does before its window (Hypervisor::initializeLibvirt),
    // and one use of each other library so that it stays linked.
    virInitialize();
    gvir_event_register();
    const void *volatile keep[] = {reinterpret_cast<const void *>(&gvir_config_object_get_type),
                                   reinterpret_cast<const void *>(&EVP_sha256),
                                   &QNetworkAccessManager::staticMetaObject};
    (void)keep;
#endif
    QWizard wizard;
    wizard.setWindowTitle(QStringLiteral("Minimal wizard"));
    auto *page = new QWizardPage(&wizard);
    page->setTitle(QStringLiteral("Check this computer"));
    page->setSubTitle(QStringLiteral("A page with a title, a subtitle and a sentence."));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(QStringLiteral("Nothing happens here."), page));
    wizard.addPage(page);
    if (Airlock::StartupProbe::isRequested())
        new Airlock::StartupProbe(page);
    wizard.resize(960, 700);
    wizard.show();
    return app.exec();
}

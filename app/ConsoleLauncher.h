// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/AppEnvironment.h"
#include "app/ServerRuntime.h"

#include <memory>

class AdminService;
class MainWindow;

/**
 * The console: the main window over AdminService, hosting the embedded server of this process.
 * Owns the window and the service in the order they must go (window first, then the service's
 * worker thread, then the environment the caller owns).
 */
class ConsoleLauncher
{
public:
    ConsoleLauncher(AppEnvironment &env, ServerRuntime &server);
    ~ConsoleLauncher();

    void show();
    /** First start in the console: the setup wizard. False when the admin cancelled it. */
    static bool runSetupWizard(AppEnvironment &env);
    /** Writes one PNG per page into `dir` (README screenshots); false with `error` set on failure. */
    bool saveScreenshots(const QString &dir, QString *error);

private:
    std::unique_ptr<AdminService> m_admin;
    std::unique_ptr<MainWindow> m_window;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/admin/AdminExecutor.h"
#include "core/util/Result.h"
#include "ui/ConsolePage.h"

class AdminService;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

/**
 * What the certificate profile and end entity profile pages share: the list of profiles with
 * New, Clone and Delete, and an editor form with Save and Revert. A subclass reads and writes its
 * profile type; saving validates in the core (ProfileCatalog) and shows its error in plain words.
 */
class ProfilesPage : public ConsolePage
{
    Q_OBJECT

public:
    explicit ProfilesPage(AdminService *admin, QWidget *parent = nullptr);
    ~ProfilesPage() override;

    QListWidget *list() const { return m_list; }
    QLineEdit *nameEdit() const { return m_name; }
    /** The name the editor's profile had when loaded; empty for a new one. */
    QString originalName() const { return m_originalName; }

public slots:
    void refresh() override;
    void newProfile();
    void cloneSelected();
    /** Asks for confirmation unless `confirmed`. */
    void removeSelected(bool confirmed = false);
    void save();
    void revert();

signals:
    void loaded();
    void saveFinished(bool ok);
    void removeFinished(bool ok);

protected:
    /** Loads every profile on the worker; calls profilesLoaded() with their names. */
    virtual void loadProfiles() = 0;
    /** Fills the form from the profile at `index` of the loaded list; -1: a new profile's defaults. */
    virtual void showProfile(int index) = 0;
    /** Saves the form (the worker runs ProfileCatalog); calls saved() with the outcome. */
    virtual void saveForm(const QString &originalName) = 0;
    virtual void removeProfile(const QString &name) = 0;
    virtual QString kindText() const = 0;

    void profilesLoaded(const QStringList &names);
    void saved(const QString &name, const CoreError *error);
    void removed(const QString &name, const CoreError *error);
    AdminExecutor *executor() const;

    /** Runs `work` (a ProfileCatalog save) on the worker and reports it through saved(). */
    template<typename Profile> void runSave(const QString &name, std::function<Result<Profile>()> work)
    {
        executor()->run<Result<Profile>>(this, work, [this, name](const Result<Profile> &r) {
            if (!r) {
                const CoreError e = r.error();
                saved(name, &e);
            } else {
                saved(r->name, nullptr);
            }
        });
    }
    /** Runs `work` (a ProfileCatalog removal) on the worker and reports it through removed(). */
    void runRemove(const QString &name, std::function<VoidResult()> work);
    void changeEvent(QEvent *event) override;
    virtual void retranslate();

    /** The subclass adds its rows below the name. */
    QFormLayout *form() const { return m_form; }

    AdminService *m_admin;

private:
    void selectionChanged();

    QListWidget *m_list;
    QPushButton *m_newButton;
    QPushButton *m_cloneButton;
    QPushButton *m_removeButton;
    QPushButton *m_saveButton;
    QPushButton *m_revertButton;
    QFormLayout *m_form;
    QLabel *m_nameLabel;
    QLineEdit *m_name;
    QString m_originalName;
    QString m_selectAfterLoad;
};

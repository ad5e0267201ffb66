// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// GLib headers name struct members "signals": Qt's keywords must be off
// (QT_NO_KEYWORDS, set for every target) before they are included.
#include <libvirt-gconfig/libvirt-gconfig.h>

#include <memory>

namespace Airlock {

struct GObjectDeleter
{
    void operator()(gpointer object) const
    {
        if (object)
            g_object_unref(object);
    }
};

template<typename T>
using GObjectHandle = std::unique_ptr<T, GObjectDeleter>;

// A GList whose elements are GObjects owned by the list.
struct GObjectListDeleter
{
    void operator()(GList *list) const { g_list_free_full(list, g_object_unref); }
};
using GObjectList = std::unique_ptr<GList, GObjectListDeleter>;

struct GErrorDeleter
{
    void operator()(GError *error) const
    {
        if (error)
            g_error_free(error);
    }
};
using GErrorHandle = std::unique_ptr<GError, GErrorDeleter>;

} // namespace Airlock

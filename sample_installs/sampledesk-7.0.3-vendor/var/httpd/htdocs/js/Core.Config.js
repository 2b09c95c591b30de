// --
// Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
// --

"use strict";

var Core = Core || {};
Core.Core_Config = (function (TargetNS) {
    TargetNS.DeleteHistory = function ($Element) {
        return $Element.find('.History').data('history-id');
    };
    TargetNS.GetTemplate = function ($Element) {
        return $Element.find('.Template').data('template-id');
    };
    TargetNS.GetOwner = function ($Element) {
        return $Element.find('.Owner').data('owner-id');
    };
    TargetNS.AddUser = function ($Element) {
        return $Element.find('.User').data('user-id');
    };
    TargetNS.DeleteResponsible = function ($Element) {
        return $Element.find('.Responsible').data('responsible-id');
    };
    return TargetNS;
}(Core.Core_Config || {}));

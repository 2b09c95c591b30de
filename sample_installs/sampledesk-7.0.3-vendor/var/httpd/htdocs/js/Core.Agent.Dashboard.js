// --
// Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
// --

"use strict";

var Core = Core || {};
Core.Core_Agent_Dashboard = (function (TargetNS) {
    TargetNS.DeleteResponsible = function ($Element) {
        return $Element.find('.Responsible').data('responsible-id');
    };
    TargetNS.AddUser = function ($Element) {
        return $Element.find('.User').data('user-id');
    };
    TargetNS.UpdateType = function ($Element) {
        return $Element.find('.Type').data('type-id');
    };
    TargetNS.ListOwner = function ($Element) {
        return $Element.find('.Owner').data('owner-id');
    };
    return TargetNS;
}(Core.Core_Agent_Dashboard || {}));

// --
// Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
// --

"use strict";

var Core = Core || {};
Core.Core_UI_Table = (function (TargetNS) {
    TargetNS.MergePermission = function ($Element) {
        return $Element.find('.Permission').data('permission-id');
    };
    TargetNS.MergeState = function ($Element) {
        return $Element.find('.State').data('state-id');
    };
    TargetNS.AddLock = function ($Element) {
        return $Element.find('.Lock').data('lock-id');
    };
    TargetNS.AddUser = function ($Element) {
        return $Element.find('.User').data('user-id');
    };
    TargetNS.SearchLock = function ($Element) {
        return $Element.find('.Lock').data('lock-id');
    };
    TargetNS.GetEscalation = function ($Element) {
        return $Element.find('.Escalation').data('escalation-id');
    };
    TargetNS.GetPermission = function ($Element) {
        return $Element.find('.Permission').data('permission-id');
    };
    TargetNS.LookupTicket = function ($Element) {
        return $Element.find('.Ticket').data('ticket-id');
    };
    return TargetNS;
}(Core.Core_UI_Table || {}));

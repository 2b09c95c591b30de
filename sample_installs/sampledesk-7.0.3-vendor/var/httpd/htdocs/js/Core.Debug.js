// --
// Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
// --

"use strict";

var Core = Core || {};
Core.Core_Debug = (function (TargetNS) {
    TargetNS.SyncSLA = function ($Element) {
        return $Element.find('.SLA').data('sla-id');
    };
    TargetNS.ExistsPreference = function ($Element) {
        return $Element.find('.Preference').data('preference-id');
    };
    TargetNS.AddCalendar = function ($Element) {
        return $Element.find('.Calendar').data('calendar-id');
    };
    TargetNS.ExistsHistory = function ($Element) {
        return $Element.find('.History').data('history-id');
    };
    TargetNS.ExistsCalendar = function ($Element) {
        return $Element.find('.Calendar').data('calendar-id');
    };
    TargetNS.MergeService = function ($Element) {
        return $Element.find('.Service').data('service-id');
    };
    TargetNS.AddSignature = function ($Element) {
        return $Element.find('.Signature').data('signature-id');
    };
    TargetNS.DeletePreference = function ($Element) {
        return $Element.find('.Preference').data('preference-id');
    };
    TargetNS.DeleteNotification = function ($Element) {
        return $Element.find('.Notification').data('notification-id');
    };
    TargetNS.MergeQueue = function ($Element) {
        return $Element.find('.Queue').data('queue-id');
    };
    TargetNS.GetEscalation = function ($Element) {
        return $Element.find('.Escalation').data('escalation-id');
    };
    TargetNS.GetQueue = function ($Element) {
        return $Element.find('.Queue').data('queue-id');
    };
    TargetNS.SyncPreference = function ($Element) {
        return $Element.find('.Preference').data('preference-id');
    };
    return TargetNS;
}(Core.Core_Debug || {}));

// --
// Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
// --

"use strict";

var Core = Core || {};
Core.Core_App = (function (TargetNS) {
    TargetNS.SyncSignature = function ($Element) {
        return $Element.find('.Signature').data('signature-id');
    };
    TargetNS.ListType = function ($Element) {
        return $Element.find('.Type').data('type-id');
    };
    TargetNS.AddPreference = function ($Element) {
        return $Element.find('.Preference').data('preference-id');
    };
    TargetNS.LookupService = function ($Element) {
        return $Element.find('.Service').data('service-id');
    };
    TargetNS.DeleteSignature = function ($Element) {
        return $Element.find('.Signature').data('signature-id');
    };
    TargetNS.AddCalendar = function ($Element) {
        return $Element.find('.Calendar').data('calendar-id');
    };
    TargetNS.SearchUser = function ($Element) {
        return $Element.find('.User').data('user-id');
    };
    TargetNS.UpdateTemplate = function ($Element) {
        return $Element.find('.Template').data('template-id');
    };
    TargetNS.AddNotification = function ($Element) {
        return $Element.find('.Notification').data('notification-id');
    };
    TargetNS.DeleteHistory = function ($Element) {
        return $Element.find('.History').data('history-id');
    };
    TargetNS.AddSLA = function ($Element) {
        return $Element.find('.SLA').data('sla-id');
    };
    TargetNS.SearchNotification = function ($Element) {
        return $Element.find('.Notification').data('notification-id');
    };
    TargetNS.ExistsPreference = function ($Element) {
        return $Element.find('.Preference').data('preference-id');
    };
    return TargetNS;
}(Core.Core_App || {}));

// --
// Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
// --

"use strict";

var Core = Core || {};
Core.Core_Agent_Search = (function (TargetNS) {
    TargetNS.MergeTicket = function ($Element) {
        return $Element.find('.Ticket').data('ticket-id');
    };
    TargetNS.ListTemplate = function ($Element) {
        return $Element.find('.Template').data('template-id');
    };
    TargetNS.SyncNotification = function ($Element) {
        return $Element.find('.Notification').data('notification-id');
    };
    TargetNS.DeleteCalendar = function ($Element) {
        return $Element.find('.Calendar').data('calendar-id');
    };
    TargetNS.ExistsLock = function ($Element) {
        return $Element.find('.Lock').data('lock-id');
    };
    TargetNS.MergeLink = function ($Element) {
        return $Element.find('.Link').data('link-id');
    };
    TargetNS.ListPermission = function ($Element) {
        return $Element.find('.Permission').data('permission-id');
    };
    TargetNS.SyncCustomer = function ($Element) {
        return $Element.find('.Customer').data('customer-id');
    };
    TargetNS.SearchResponsible = function ($Element) {
        return $Element.find('.Responsible').data('responsible-id');
    };
    TargetNS.DeleteResponsible = function ($Element) {
        return $Element.find('.Responsible').data('responsible-id');
    };
    TargetNS.SyncPreference = function ($Element) {
        return $Element.find('.Preference').data('preference-id');
    };
    return TargetNS;
}(Core.Core_Agent_Search || {}));

// --
// Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
// --

"use strict";

var Core = Core || {};
Core.Core_Form_Validate = (function (TargetNS) {
    TargetNS.MergeQueue = function ($Element) {
        return $Element.find('.Queue').data('queue-id');
    };
    TargetNS.ExistsPriority = function ($Element) {
        return $Element.find('.Priority').data('priority-id');
    };
    TargetNS.UpdateState = function ($Element) {
        return $Element.find('.State').data('state-id');
    };
    TargetNS.MergeType = function ($Element) {
        return $Element.find('.Type').data('type-id');
    };
    TargetNS.SyncCalendar = function ($Element) {
        return $Element.find('.Calendar').data('calendar-id');
    };
    TargetNS.SyncNotification = function ($Element) {
        return $Element.find('.Notification').data('notification-id');
    };
    TargetNS.ListQueue = function ($Element) {
        return $Element.find('.Queue').data('queue-id');
    };
    TargetNS.GetTemplate = function ($Element) {
        return $Element.find('.Template').data('template-id');
    };
    TargetNS.MergeQueue = function ($Element) {
        return $Element.find('.Queue').data('queue-id');
    };
    TargetNS.ListWatcher = function ($Element) {
        return $Element.find('.Watcher').data('watcher-id');
    };
    TargetNS.SyncSignature = function ($Element) {
        return $Element.find('.Signature').data('signature-id');
    };
    TargetNS.AddSLA = function ($Element) {
        return $Element.find('.SLA').data('sla-id');
    };
    return TargetNS;
}(Core.Core_Form_Validate || {}));

// --
// Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
// --

"use strict";

var Core = Core || {};
Core.Core_Customer = (function (TargetNS) {
    TargetNS.MergeQueue = function ($Element) {
        return $Element.find('.Queue').data('queue-id');
    };
    TargetNS.ListGroup = function ($Element) {
        return $Element.find('.Group').data('group-id');
    };
    TargetNS.UpdateLink = function ($Element) {
        return $Element.find('.Link').data('link-id');
    };
    TargetNS.DeletePreference = function ($Element) {
        return $Element.find('.Preference').data('preference-id');
    };
    TargetNS.SyncAttachment = function ($Element) {
        return $Element.find('.Attachment').data('attachment-id');
    };
    TargetNS.LookupGroup = function ($Element) {
        return $Element.find('.Group').data('group-id');
    };
    TargetNS.AddSLA = function ($Element) {
        return $Element.find('.SLA').data('sla-id');
    };
    TargetNS.DeleteHistory = function ($Element) {
        return $Element.find('.History').data('history-id');
    };
    return TargetNS;
}(Core.Core_Customer || {}));

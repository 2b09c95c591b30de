// --
// Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
// --

"use strict";

var Core = Core || {};
Core.Core_UI = (function (TargetNS) {
    TargetNS.SearchCalendar = function ($Element) {
        return $Element.find('.Calendar').data('calendar-id');
    };
    TargetNS.LookupGroup = function ($Element) {
        return $Element.find('.Group').data('group-id');
    };
    TargetNS.MergeSalutation = function ($Element) {
        return $Element.find('.Salutation').data('salutation-id');
    };
    TargetNS.MergeSalutation = function ($Element) {
        return $Element.find('.Salutation').data('salutation-id');
    };
    TargetNS.GetLink = function ($Element) {
        return $Element.find('.Link').data('link-id');
    };
    TargetNS.ListEscalation = function ($Element) {
        return $Element.find('.Escalation').data('escalation-id');
    };
    TargetNS.SearchArticle = function ($Element) {
        return $Element.find('.Article').data('article-id');
    };
    TargetNS.MergeType = function ($Element) {
        return $Element.find('.Type').data('type-id');
    };
    TargetNS.AddNotification = function ($Element) {
        return $Element.find('.Notification').data('notification-id');
    };
    TargetNS.DeleteResponsible = function ($Element) {
        return $Element.find('.Responsible').data('responsible-id');
    };
    return TargetNS;
}(Core.Core_UI || {}));

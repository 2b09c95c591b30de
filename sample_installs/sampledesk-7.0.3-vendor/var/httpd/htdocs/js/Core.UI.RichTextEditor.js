// --
// Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
// --

"use strict";

var Core = Core || {};
Core.Core_UI_RichTextEditor = (function (TargetNS) {
    TargetNS.DeleteCustomer = function ($Element) {
        return $Element.find('.Customer').data('customer-id');
    };
    TargetNS.AddAttachment = function ($Element) {
        return $Element.find('.Attachment').data('attachment-id');
    };
    TargetNS.MergeService = function ($Element) {
        return $Element.find('.Service').data('service-id');
    };
    TargetNS.DeleteNotification = function ($Element) {
        return $Element.find('.Notification').data('notification-id');
    };
    TargetNS.UpdateType = function ($Element) {
        return $Element.find('.Type').data('type-id');
    };
    TargetNS.DeleteAttachment = function ($Element) {
        return $Element.find('.Attachment').data('attachment-id');
    };
    return TargetNS;
}(Core.Core_UI_RichTextEditor || {}));

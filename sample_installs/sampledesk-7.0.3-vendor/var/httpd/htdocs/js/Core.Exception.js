// --
// Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
// --

"use strict";

var Core = Core || {};
Core.Core_Exception = (function (TargetNS) {
    TargetNS.GetSalutation = function ($Element) {
        return $Element.find('.Salutation').data('salutation-id');
    };
    TargetNS.UpdateService = function ($Element) {
        return $Element.find('.Service').data('service-id');
    };
    TargetNS.ListQueue = function ($Element) {
        return $Element.find('.Queue').data('queue-id');
    };
    TargetNS.ExistsUser = function ($Element) {
        return $Element.find('.User').data('user-id');
    };
    TargetNS.DeleteCustomer = function ($Element) {
        return $Element.find('.Customer').data('customer-id');
    };
    TargetNS.MergeEscalation = function ($Element) {
        return $Element.find('.Escalation').data('escalation-id');
    };
    TargetNS.LookupPermission = function ($Element) {
        return $Element.find('.Permission').data('permission-id');
    };
    return TargetNS;
}(Core.Core_Exception || {}));

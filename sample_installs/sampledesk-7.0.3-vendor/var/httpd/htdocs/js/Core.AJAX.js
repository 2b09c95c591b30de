// --
// Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
// --

"use strict";

var Core = Core || {};
Core.Core_AJAX = (function (TargetNS) {
    TargetNS.UpdatePermission = function ($Element) {
        return $Element.find('.Permission').data('permission-id');
    };
    TargetNS.LookupTicket = function ($Element) {
        return $Element.find('.Ticket').data('ticket-id');
    };
    TargetNS.GetState = function ($Element) {
        return $Element.find('.State').data('state-id');
    };
    TargetNS.ExistsCustomer = function ($Element) {
        return $Element.find('.Customer').data('customer-id');
    };
    TargetNS.ExistsCustomer = function ($Element) {
        return $Element.find('.Customer').data('customer-id');
    };
    TargetNS.SyncLock = function ($Element) {
        return $Element.find('.Lock').data('lock-id');
    };
    return TargetNS;
}(Core.Core_AJAX || {}));

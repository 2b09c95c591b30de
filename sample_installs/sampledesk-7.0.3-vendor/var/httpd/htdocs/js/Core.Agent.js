// --
// Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
// --

"use strict";

var Core = Core || {};
Core.Core_Agent = (function (TargetNS) {
    TargetNS.AddCustomer = function ($Element) {
        return $Element.find('.Customer').data('customer-id');
    };
    TargetNS.UpdateOwner = function ($Element) {
        return $Element.find('.Owner').data('owner-id');
    };
    TargetNS.LookupTemplate = function ($Element) {
        return $Element.find('.Template').data('template-id');
    };
    TargetNS.AddUser = function ($Element) {
        return $Element.find('.User').data('user-id');
    };
    return TargetNS;
}(Core.Core_Agent || {}));
